import { describe, expect, it } from 'vitest';
import { jobsMode } from './jobs-mode';

describe('jobsMode', () => {
  it('is local with nothing configured', () => {
    expect(jobsMode({ INNGEST_EVENT_KEY: undefined, INNGEST_BASE_URL: undefined })).toBe('local');
    expect(jobsMode({ INNGEST_EVENT_KEY: '', INNGEST_BASE_URL: undefined })).toBe('local');
  });

  it('is inngest with an event key or a base URL', () => {
    expect(jobsMode({ INNGEST_EVENT_KEY: 'k', INNGEST_BASE_URL: undefined })).toBe('inngest');
    expect(
      jobsMode({ INNGEST_EVENT_KEY: undefined, INNGEST_BASE_URL: 'http://inngest:8288' }),
    ).toBe('inngest');
  });
});
