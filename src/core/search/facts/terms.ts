/**
 * The fact terms: a passage holds one when it states such a fact, and a question needs one when it
 * asks for it. A question needing a term no passage holds is answered by none (facts.ts).
 */

/** The term a passage holds when it states a figure, and a question needs when it asks for one. */
export const FIGURE_TERM = '§figure';
/** The same for a date, a time or a frequency. */
export const WHEN_TERM = '§when';

/** The same for one dated occurrence (次回, 今年度の, 何月何日): only a day's date states it. */
export const DATE_TERM = '§date';

/** The same for where to find something (a page, a document) or whom to contact. */
export const SOURCE_TERM = '§source';

/** The same for a person (who chairs, who teaches) or the steps of an application. */
export const PERSON_TERM = '§person';
export const PROCEDURE_TERM = '§procedure';

/** The same for a place: where something is held or built. */
export const PLACE_TERM = '§place';

/** The same for the terms on which residents use a service: who may, when, at what cost, with what. */
export const TERMS_OF_USE_TERM = '§terms';

/** The same for how far something has got, or an opinion: neither is in a draft agreement. */
export const STATUS_TERM = '§status';

/** The same for how a meeting of the agreements is held (public, online, in writing, jointly). */
export const MANNER_TERM = '§manner';

/** The same for the steps of concluding the agreement. */
export const CONCLUDING_TERM = '§concluding';

/** The same for what happens when the agreement is not kept or no agreement is reached. */
export const CONTINGENCY_TERM = '§contingency';

/** The same for another region, another scheme or a statute's own text: not in these agreements. */
export const ELSEWHERE_TERM = '§elsewhere';
/** The same for a municipality outside the 圏域 (周南市と山口市の協約): its agreement is not one of these. */
export const OUTSIDER_TERM = '§outsider';
