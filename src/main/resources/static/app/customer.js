// How the screens name a customer: the name the team or WhatsApp gave, else the number, else — for
// a customer who hides their number behind a WhatsApp username — that username.

export function customerHandle(conversation) {
  if (conversation.customerPhone) return conversation.customerPhone;
  return conversation.customerUsername ? `@${conversation.customerUsername}` : (conversation.customerUserId ?? '');
}

export function displayName(conversation) {
  return conversation.customerName || customerHandle(conversation);
}

export function contactHandle(contact) {
  if (contact.phone) return contact.phone;
  return contact.username ? `@${contact.username}` : (contact.userId ?? '');
}
