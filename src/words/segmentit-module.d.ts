// segmentit ships no type declarations; this covers the part of its API that src/words uses.
declare module 'segmentit' {
  export class Segment {
    doSegment(text: string, options: { simple: true }): string[];
  }
  export function useDefault(segment: Segment): Segment;
  const api: { Segment: typeof Segment; useDefault: typeof useDefault };
  export default api;
}
