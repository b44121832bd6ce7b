import { LocalTime } from "@/components/student/local-time";

/** When a set closed to practice opens again (the last open assignment's due date), in the reader's time zone. */
export function PracticeReopens({ reopensAt }: { reopensAt: Date | null }) {
  return reopensAt ? (
    <>
      Practice opens again <LocalTime iso={reopensAt.toISOString()} />.
    </>
  ) : (
    <>Practice stays closed while it is assigned: the assignment has no due date.</>
  );
}
