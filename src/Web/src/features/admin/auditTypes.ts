/**
 * Every action and object type the services write to the audit log (each service's RecordAdminAction calls; the
 * object types of src/BuildingBlocks/Agrovet.Contracts/Audit/AuditObjectTypes.cs). The admin shows each in words
 * (`enums.auditAction.*`, `enums.auditObject.*`); auditTypes.test.ts fails when one has no words in a language or when
 * the services' sources name one these lists lack.
 */
export const AUDIT_ACTIONS = [
  // auth: accounts
  'create', 'update', 'activate', 'deactivate', 'delete',
  // marketplace: ads and orders
  'withdraw', 'ship', 'complete', 'cancel',
  // forum: moderators and admins on posts, comments, communities and reports (chat, media, profiles: update, delete)
  'remove', 'restore', 'lock', 'unlock', 'add_moderator', 'remove_moderator', 'resolve_report_removed', 'resolve_report_dismissed',
] as const;

export const AUDIT_OBJECT_TYPES = [
  'user', 'ad', 'order', 'media', 'profile', 'chat_message', 'forum_community', 'forum_post', 'forum_comment', 'forum_report',
] as const;
