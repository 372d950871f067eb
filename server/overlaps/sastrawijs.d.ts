// The package ships types its `exports` map does not expose; this declares the part we use.
declare module "sastrawijs" {
  export class Stemmer {
    constructor(dictionary?: string[]);
    stem(word: string): string;
  }
}
