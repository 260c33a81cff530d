/**
 * Version of the chart engine, recorded in every chart's meta. Bump it whenever a change moves
 * computed positions, cusps or aspects, so stored charts can be told apart from fresh ones.
 */
export const ENGINE_VERSION = '1.0.0';
