import { SubscriptionLink } from '../components/subscription-link';

/** The landing page of the confirmation link of a bulletin subscription (public). */
export default function SubscriptionConfirmPage() {
  return <SubscriptionLink action="confirm" />;
}
