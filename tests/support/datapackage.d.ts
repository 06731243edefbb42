// The `datapackage` package (Frictionless Data's JavaScript library) ships no types: the little
// the tests use of it.
declare module 'datapackage' {
  export const Package: {
    load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<any>;
  };
}
