/** The isnad version written into every analysis (kept in step with package.json by a test). */
export const VERSION = '0.1.0';
