import { describe, expect, it } from 'vitest';
import { routeLabel } from './route-label';

describe('routeLabel', () => {
  it('puts dynamic segments back as their names', () => {
    expect(routeLabel('get', '/api/v1/charts/abc123', { id: 'abc123' })).toBe(
      'GET /api/v1/charts/[id]',
    );
    expect(routeLabel('POST', '/api/v1/users/u1/charts/c2', { userId: 'u1', chartId: 'c2' })).toBe(
      'POST /api/v1/users/[userId]/charts/[chartId]',
    );
  });

  it('folds a catch-all into one segment', () => {
    expect(routeLabel('GET', '/api/v1/famous/a/b/c', { path: ['a', 'b', 'c'] })).toBe(
      'GET /api/v1/famous/[...path]',
    );
  });

  it('matches encoded segments and prefers the last occurrence', () => {
    expect(routeLabel('GET', '/api/v1/places/S%C3%A3o%20Paulo', { name: 'São Paulo' })).toBe(
      'GET /api/v1/places/[name]',
    );
    expect(routeLabel('GET', '/api/v1/charts/charts', { id: 'charts' })).toBe(
      'GET /api/v1/charts/[id]',
    );
  });

  it('leaves static paths alone and caps the length', () => {
    expect(routeLabel('GET', '/api/v1/places', {})).toBe('GET /api/v1/places');
    expect(routeLabel('GET', `/${'x'.repeat(500)}`, {}).length).toBe(200);
  });
});
