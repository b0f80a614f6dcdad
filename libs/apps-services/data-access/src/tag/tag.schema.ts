import { Schema } from 'mongoose';
import { newId, type AccountOwned } from '@fg/tenancy';
import type { TagEntityType } from './tag.entity';

export interface TagDefinitionDoc extends AccountOwned {
  name: string;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const tagDefinitionSchema = new Schema<TagDefinitionDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    name: { type: String, required: true, trim: true, maxlength: 128 },
    createdById: { type: String, default: null },
  },
  { collection: 'tags', timestamps: true, versionKey: false },
);

// tagByName, attachTag's upsert of the definition, and names unique within an account.
tagDefinitionSchema.index({ accountId: 1, name: 1 }, { unique: true });
// tags(limit, offset): newest first. tag(tagId) uses the _id index.
tagDefinitionSchema.index({ accountId: 1, createdAt: -1, _id: 1 });

export interface TagLinkDoc extends AccountOwned {
  entityType: TagEntityType;
  entityId: string;
  appId: string | null;
  name: string;
  value: string;
  createdAt: Date;
  updatedAt: Date;
}

export const tagLinkSchema = new Schema<TagLinkDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    entityType: { type: String, required: true },
    entityId: { type: String, required: true },
    appId: { type: String, default: null },
    name: { type: String, required: true, trim: true, maxlength: 128 },
    value: { type: String, default: '', maxlength: 256 },
  },
  { collection: 'tag_links', timestamps: true, versionKey: false },
);

// attachTag / detachTag (one value per tag name per entity) and the `tags` field of a batch of entities.
tagLinkSchema.index({ accountId: 1, entityType: 1, entityId: 1, name: 1 }, { unique: true });
// Every tag filter of a list: the ids of entities of one type carrying a name (and value).
tagLinkSchema.index({ accountId: 1, entityType: 1, name: 1, value: 1 });
// TagEntity.usages(filters, limit, offset): the links of one tag name, newest first.
tagLinkSchema.index({ accountId: 1, name: 1, createdAt: -1, _id: 1 });
// The application's cascade on deleteApplication.
tagLinkSchema.index({ accountId: 1, appId: 1 });
