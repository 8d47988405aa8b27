// The output folder is written by src/write/ (the one writer of every file plan writes). This
// name stays for the golden test and the benchmark scripts, which also run against older builds.
export { MANIFEST, beginOutput, safeRelativePath, writeOutput as writeArtifacts } from '../write/output-folder.js';
