/**
 * normalizeText: MB/s on the fixture repeated to about 5 MB. The peer is the same input through
 * `String.prototype.normalize('NFC')` alone, a floor that does one of our eleven rules.
 */
import { normalizeText, normalizeTextWithMap } from '../../src/index.js';
import { type BenchRow, fixture, repeatToSize, throughput, utf8Bytes } from '../lib.js';

export default async function textSuite(): Promise<BenchRow[]> {
  const input = repeatToSize(fixture, 5_000_000);
  const bytes = utf8Bytes(input);
  const label = `fixture ×${Math.round(bytes / utf8Bytes(fixture))} (${(bytes / 1e6).toFixed(1)} MB)`;
  const nfcOnly = await throughput(bytes, () => input.normalize('NFC'));
  const plain = await throughput(bytes, () => normalizeText(input));
  const mapped = await throughput(bytes, () => normalizeTextWithMap(input));
  const clean = normalizeText(input);
  const cleanBytes = utf8Bytes(clean);
  const onClean = await throughput(cleanBytes, () => normalizeText(clean));
  return [
    {
      capability: 'normalizeText',
      input: label,
      ours: plain,
      peer: { name: 'String#normalize NFC', mbps: nfcOnly },
    },
    {
      capability: 'normalizeTextWithMap',
      input: label,
      ours: mapped,
      peer: { name: 'normalizeText', mbps: plain },
    },
    {
      capability: 'normalizeText',
      input: 'already normalised text (5 MB)',
      ours: onClean,
      peer: { name: 'String#normalize NFC', mbps: nfcOnly },
    },
  ];
}
