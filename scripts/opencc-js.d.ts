/** Types for the part of `opencc-js` that eval-sentences.ts uses (the package ships none). */
declare module 'opencc-js' {
  /** A converter between OpenCC locales, for example `{ from: 'cn', to: 'twp' }`. */
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
