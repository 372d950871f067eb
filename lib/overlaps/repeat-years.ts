// The repeat rule's setting, shared by the settings form, its schema and the matcher.

/** How many years apart two programs may be and still count as a repeat, when no admin has said otherwise. */
export const DEFAULT_REPEAT_YEARS = 3;
export const MIN_REPEAT_YEARS = 1;
export const MAX_REPEAT_YEARS = 10;
