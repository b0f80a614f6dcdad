import { signedHeaders, testPrincipal } from '@fg/testing';
import { DELEGATE_BROKER, callGateway, startStack, type Stack } from './stack';

const ACCOUNT_LIMIT = 20;
const POD_LIMIT = 15;

interface Acquired {
  ids: string[];
  retryAfterMs: number | undefined;
}

describe('delegate acquisition limits across two platform processes', () => {
  let stack: Stack;
  let pods: string[];

  beforeAll(async () => {
    stack = await startStack({
      LIMIT_DELEGATE_TASKS_PER_MIN_PER_ACCOUNT: String(ACCOUNT_LIMIT),
      LIMIT_DELEGATE_TASKS_PER_MIN_PER_POD: String(POD_LIMIT),
      // Far longer than the run takes on any machine, so every grant of the test falls inside one window.
      LIMIT_RATE_WINDOW_SECONDS: '600',
    });
    pods = [stack.delegateBrokerUrl, await stack.startReplica(DELEGATE_BROKER)];
  });

  afterAll(() => stack?.stop());

  const graphql = async <T>(query: string): Promise<T> => {
    const answer = await callGateway(stack, stack.demoApiKey, { query });
    if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
    return answer.body.data as T;
  };

  /** A platform call as the gateway makes it: to one pod's internal route, signed with the token's account. */
  const atPod = async (pod: string, path: string, body: unknown) => {
    const response = await fetch(`${pod}/internal/delegates/${path}`, {
      method: 'POST',
      headers: signedHeaders(testPrincipal('demo-account', { kind: 'delegate', id: 'e2e' }), stack.signingSecret),
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  /** A delegate polling one pod until told to come back later; it never asks again before retryAfterMs. */
  const pollUntilLimited = async (pod: string, delegateId: string): Promise<Acquired> => {
    const ids: string[] = [];
    for (;;) {
      const { status, body } = await atPod(pod, 'acquire', { delegateId, max: 2 });
      expect(status).toBe(200);
      const tasks = body.tasks as { id: string }[];
      ids.push(...tasks.map((task) => task.id));
      const retryAfterMs = body.retryAfterMs as number | undefined;
      if (retryAfterMs !== undefined || tasks.length === 0) return { ids, retryAfterMs };
    }
  };

  it('never grants more than the account limit across both pods, nor more than the pod limit on either', async () => {
    const fields = Array.from({ length: 60 }, (_, i) => `t${i}: createDelegateTask(input: { type: NOOP }) { task { id } }`);
    await graphql(`mutation { ${fields.join(' ')} }`);

    const delegateIds: string[] = [];
    for (let i = 0; i < 16; i += 1) {
      const { status, body } = await atPod(pods[i % 2] as string, 'register', { name: `limits-${i}`, tags: [], version: 'e2e' });
      expect(status).toBe(200);
      delegateIds.push(body.delegateId as string);
    }

    // Eight delegates on each pod, all at once.
    const results = await Promise.all(delegateIds.map((id, i) => pollUntilLimited(pods[i % 2] as string, id)));
    const byPod = [0, 1].map((p) => results.filter((_, i) => i % 2 === p).flatMap((result) => result.ids));
    const all = byPod.flat();

    expect(all.length).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    // A pod's refusal may spend an account unit; the two pods together still hand out at least one pod's worth.
    expect(all.length).toBeGreaterThanOrEqual(POD_LIMIT);
    for (const ids of byPod) expect(ids.length).toBeLessThanOrEqual(POD_LIMIT);
    expect(new Set(all).size).toBe(all.length);
    // Every delegate was stopped by a limit with a time to come back, none by an empty queue.
    for (const result of results) expect(result.retryAfterMs).toBeGreaterThan(0);
  });
});
