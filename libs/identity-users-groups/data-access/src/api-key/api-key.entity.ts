export interface ApiKey {
  id: string;
  accountId: string;
  name: string;
  createdAt: number;
}
