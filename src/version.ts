/**
 * Version of the extraction pipeline, stored with every extracted article so that a corpus can
 * re-extract articles analysed by an older pipeline. Bump the last part whenever a stage's output changes.
 */
export const PIPELINE_VERSION = '0.1.0';
