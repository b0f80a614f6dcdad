/** Editions decide some limits (custom-dashboard traffic). */
export type AccountEdition = 'PAID' | 'ESSENTIALS' | 'COMMUNITY';

export interface Account {
  id: string;
  name: string;
  edition: AccountEdition;
  isDemo: boolean;
  createdAt: number;
}
