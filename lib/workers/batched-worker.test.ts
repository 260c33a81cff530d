import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { BatchedWorker } from './batched-worker';

/** Answers each call with its value doubled and the size of the message it came in. */
const ECHO = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (calls) => {
  for (const call of calls) parentPort.postMessage({ id: call.id, doubled: call.value * 2, batch: calls.length });
});`;

interface Answer {
  id: number;
  doubled: number;
  batch: number;
}

let thread: BatchedWorker<{ value: number }, Answer> | undefined;
afterEach(async () => {
  await thread?.terminate();
  thread = undefined;
});

describe('BatchedWorker', () => {
  it('sends the calls of one turn in one message and answers each with its own reply', async () => {
    thread = new BatchedWorker(new Worker(ECHO, { eval: true }), { name: 'echo' });
    const answers = await Promise.all([1, 2, 3].map((value) => thread!.send({ value })));
    expect(answers.map((answer) => answer.doubled)).toEqual([2, 4, 6]);
    expect(answers.map((answer) => answer.batch)).toEqual([3, 3, 3]);
    expect((await thread.send({ value: 5 })).batch).toBe(1);
    expect(thread.inFlight).toBe(0);
  });

  it('settles every call of an answer that comes as one array', async () => {
    const batchEcho = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (calls) => {
  parentPort.postMessage(calls.map((call) => ({ id: call.id, doubled: call.value * 2, batch: calls.length })).reverse());
});`;
    thread = new BatchedWorker(new Worker(batchEcho, { eval: true }), { name: 'batch echo' });
    const answers = await Promise.all([1, 2, 3].map((value) => thread!.send({ value })));
    expect(answers.map((answer) => answer.doubled)).toEqual([2, 4, 6]);
    expect(thread.inFlight).toBe(0);
  });

  it('fails waiting calls when the thread exits, and refuses new ones', async () => {
    const exits: number[] = [];
    thread = new BatchedWorker(
      new Worker('setTimeout(() => process.exit(3), 20)', { eval: true }),
      {
        name: 'doomed',
        onExit: (code) => exits.push(code),
      },
    );
    await expect(thread.send({ value: 1 })).rejects.toThrow('doomed exited (3)');
    expect(thread.dead).toBe(true);
    expect(exits).toEqual([3]);
    await expect(thread.send({ value: 2 })).rejects.toThrow('doomed is gone');
  });
});
