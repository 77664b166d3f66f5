/**
 * The worker that the CLI's piscina pool loads in each thread: runs one job with the pipeline.
 * Node-only, like the CLI; never imported by the library entries.
 */
import { type Job, type JobResult, runJob } from './cli/jobs.js';
import { cliNormalize } from './cli/normalize.js';

/** Piscina calls the default export once per job. */
export default function work(job: Job): JobResult {
  return runJob(job, cliNormalize);
}
