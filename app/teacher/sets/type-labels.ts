export const TYPE_LABELS: Record<string, string> = {
  multiple_choice: "Multiple choice",
  fill_in_blank: "Fill in the blank",
  true_false: "True or false",
  quote_attribution: "Who said this?",
  numeric: "Number",
};

export const ORIGIN_LABELS: Record<string, string> = { GENERATED: "Generated", EDITED: "Edited by you", MANUAL: "Written by you" };
