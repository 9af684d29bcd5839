// The bulletins feature's API, one module per resource (see types.ts for its types and query keys).
export * from './types';
export * from './issues';
export * from './articles';
