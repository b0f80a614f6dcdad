export interface Pipeline {
  id: string;
  accountId: string;
  applicationId: string;
  name: string;
  description: string | null;
  createdAt: number;
}
