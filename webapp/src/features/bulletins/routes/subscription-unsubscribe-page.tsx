import { SubscriptionLink } from '../components/subscription-link';

/** The landing page of the unsubscribe link of every bulletin mail (public). */
export default function SubscriptionUnsubscribePage() {
  return <SubscriptionLink action="unsubscribe" />;
}
