import { hostname } from 'node:os';
import { podId } from './pod-id';

describe('podId', () => {
  it('stays the same for the life of the process and names host and pid', () => {
    expect(podId()).toBe(podId());
    expect(podId()).toMatch(new RegExp(`^${hostname().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-${process.pid}-[0-9a-f]{8}$`));
  });
});
