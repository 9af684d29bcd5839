// The judging feature's API, one module per resource (see types.ts for its types and query keys).
export * from './types';
export * from './judges';
export * from './scores';
export * from './results';
export * from './my-judging';
