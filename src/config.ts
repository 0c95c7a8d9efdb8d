/** Site settings that self-hosters may change through environment variables (see README). */
export const repoUrl = (import.meta.env.REPO_URL as string | undefined) || 'https://github.com/cloud-native-atlas/cloud-native-atlas';
export const editBranch = 'main';

/**
 * Where "Report a problem with this page" opens a new issue (ISSUES_URL). Defaults to the
 * repository's new-issue form; set ISSUES_URL to an empty string to hide the link.
 */
const issuesEnv = import.meta.env.ISSUES_URL as string | undefined;
export const issuesUrl = issuesEnv === undefined ? `${repoUrl.replace(/\/+$/, '')}/issues/new` : issuesEnv.trim();
