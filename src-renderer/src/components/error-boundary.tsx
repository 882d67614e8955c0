/**
 * Catches render errors in one page, so a bug in a feature leaves the navigation and the
 * status bar usable and says what happened instead of showing a blank window.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

export interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** Names the area in the message, e.g. "Tickets". */
  readonly area: string;
  /** For a page: its id, so the message stands as the page root in the error state. */
  readonly page?: string;
}

interface ErrorBoundaryState {
  readonly error: Error | null;
}

/** Shows a readable message with a retry button when a child throws while rendering. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Keep the stack in the devtools console; the UI shows only the message.
    console.error(`Hostdeck: ${this.props.area} failed to render`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div
        className="card error-panel"
        role="alert"
        data-page={this.props.page}
        data-view-state={this.props.page === undefined ? undefined : 'error'}
      >
        <Translation ns={['app', 'common']}>
          {(t) => (
            <>
              <h2>{t('errorBoundary.title', { area: this.props.area })}</h2>
              <p>{error.message || t('errorBoundary.unexpected')}</p>
              <button
                type="button"
                className="button"
                onClick={() => this.setState({ error: null })}
              >
                {t('common:actions.tryAgain')}
              </button>
            </>
          )}
        </Translation>
      </div>
    );
  }
}
