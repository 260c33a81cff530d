// swagger-ui-dist ships a prebuilt bundle without type declarations.
declare module 'swagger-ui-dist/swagger-ui-bundle.js' {
  const bundle: (options: Record<string, unknown>) => unknown;
  export default bundle;
}
