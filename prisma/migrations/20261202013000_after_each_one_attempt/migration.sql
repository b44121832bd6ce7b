-- Issue 9, hole 6: with feedback after each answer a student sees every key during the attempt, so a retake would
-- count answers read off the first one. The assign form refuses the combination since the fix; assignments made
-- before it keep their attempts already taken but allow no further one. Plain SQL: the same on PostgreSQL.
UPDATE "Assignment" SET "attemptsAllowed" = 1 WHERE "feedback" = 'AFTER_EACH' AND "attemptsAllowed" > 1;
