/** Site settings that self-hosters may change through environment variables (see README). */
export const repoUrl = (import.meta.env.REPO_URL as string | undefined) || 'https://github.com/cloud-native-atlas/cloud-native-atlas';
export const editBranch = 'main';
