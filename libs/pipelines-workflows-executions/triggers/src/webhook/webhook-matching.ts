import type { WebhookDelivery, WebhookSource } from './webhook-delivery';

/** What an ON_WEBHOOK trigger asks of a delivery (its stored condition, minus what only firing needs). */
export interface WebhookCriteria {
  webhookSource: WebhookSource;
  /** null or ANY: every event. */
  event: string | null;
  /** null: every action. */
  action: string | null;
  branchRegex: string | null;
  repoName: string | null;
  deployOnlyIfFilesChanged: boolean;
  filePaths: string[];
}

export type WebhookMatch = { matches: true } | { matches: false; reason: string };

const no = (reason: string): WebhookMatch => ({ matches: false, reason });

/** A Bitbucket "…_ANY" event covers every event of its family. */
function eventMatches(wanted: string, actual: string): boolean {
  if (wanted === 'ANY' || wanted === actual) return true;
  if (wanted === 'PULL_REQUEST_ANY') return actual.startsWith('PULL_REQUEST_');
  if (wanted === 'ISSUE_ANY') return actual.startsWith('ISSUE_');
  return false;
}

/** A path filter: `**` crosses directories, `*` does not; a plain path also covers everything under it. */
export function filePathMatches(pattern: string, file: string): boolean {
  if (!pattern.includes('*')) return file === pattern || file.startsWith(pattern.endsWith('/') ? pattern : `${pattern}/`);
  const source = pattern
    .split(/(\*\*\/?|\*)/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`).test(file);
}

/** Whether a delivery fires the trigger, and when not, why (the answer the sender sees). */
export function matchWebhook(criteria: WebhookCriteria, delivery: WebhookDelivery): WebhookMatch {
  if (criteria.webhookSource !== delivery.source) {
    return no(`The trigger expects a ${criteria.webhookSource} delivery; this one is ${delivery.source}`);
  }
  if (criteria.webhookSource !== 'CUSTOM') {
    if (criteria.event && !eventMatches(criteria.event, delivery.event ?? '')) {
      return no(`Event ${delivery.event ?? 'none'} does not match ${criteria.event}`);
    }
    if (criteria.action && criteria.action !== delivery.action) {
      return no(`Action ${delivery.action ?? 'none'} does not match ${criteria.action}`);
    }
  }
  if (criteria.repoName && criteria.repoName !== delivery.repoName) {
    return no(`Repository ${delivery.repoName ?? 'none'} is not ${criteria.repoName}`);
  }
  // The reference matches the whole branch name against the regex.
  if (criteria.branchRegex && !(delivery.branch !== null && new RegExp(`^(?:${criteria.branchRegex})$`).test(delivery.branch))) {
    return no(`Branch ${delivery.branch ?? 'none'} does not match ${criteria.branchRegex}`);
  }
  if (criteria.deployOnlyIfFilesChanged && criteria.filePaths.length > 0) {
    const files = delivery.changedFiles ?? [];
    if (!files.some((file) => criteria.filePaths.some((pattern) => filePathMatches(pattern, file)))) {
      return no('No changed file matches the trigger\'s file paths');
    }
  }
  return { matches: true };
}
