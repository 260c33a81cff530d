import type { RoddenRating } from '@/lib/famous';
import styles from './famous.module.css';

/**
 * The rating as a short badge; its meaning is the tooltip for pointers and hidden text for
 * screen readers (the page's legend explains all ratings for touch users).
 */
export function RoddenBadge({
  rating,
  description,
}: {
  rating: RoddenRating;
  description: string;
}) {
  return (
    <span className={styles.badge} title={description} data-testid="rodden-badge">
      <span aria-hidden="true">{rating}</span>
      <span className="visually-hidden">{description}</span>
    </span>
  );
}
