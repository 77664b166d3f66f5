import fc from 'fast-check';

// On CI every property test runs from a fixed seed, so that a run is reproducible and what was
// checked before submitting is what CI checks. Locally each run explores new inputs; a failure
// prints its seed, and FC_SEED=<seed> replays it.
const seed = process.env.FC_SEED ?? (process.env.CI ? '20261126' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
