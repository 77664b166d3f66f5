/** Types for the `sentencex` peer used by eval-sentences.ts (the package ships none). */
declare module 'sentencex' {
  /** The sentences of `text` in language `language`, whitespace kept (non-destructive). */
  export function segment(language: string, text: string): string[];
}
