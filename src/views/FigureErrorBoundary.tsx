import { Component, type ReactNode } from 'react';
import { useTranslate } from '../state';

function FigureFailed(props: { message: string; onRetry(): void }) {
  const t = useTranslate();
  return (
    <div className="figure__issue" role="alert" data-figure-failed="">
      <p>{t('figure.failed', { message: props.message })}</p>
      <button type="button" onClick={props.onRetry}>
        {t('figure.retry')}
      </button>
    </div>
  );
}

/**
 * Keeps a figure's failure inside its section: a drawing that throws shows a message and a way to
 * try again, and the rest of the lab (the other figures, the settings) keeps working.
 */
export class FigureErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    if (this.state.error) {
      return (
        <FigureFailed message={this.state.error.message} onRetry={() => this.setState({ error: null })} />
      );
    }
    return this.props.children;
  }
}
