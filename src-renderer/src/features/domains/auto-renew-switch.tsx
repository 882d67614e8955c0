/**
 * The auto-renew switch of one domain, where the provider lets Hostdeck change it (Combell,
 * `capabilities.domainAutoRenewToggle`). The switch moves at once; if the provider refuses
 * (for Combell, a domain whose registry does not allow it says `unsupported`) it moves back
 * and the provider's reason is shown.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvokeOutput } from '@shared/contract';
import { call, errorMessage } from '../../lib/call';
import { mutationKey } from '../../lib/query-keys';
import { domainQueryOptions } from './domains-queries';

type DomainDetailData = InvokeOutput<'domains:get'>;

/** `domains:set-auto-renew`, optimistic on the domain's detail and rolled back on failure. */
export function useSetAutoRenew(id: string) {
  const queryClient = useQueryClient();
  const detailKey = domainQueryOptions(id).queryKey;
  return useMutation({
    // On success the domains and alerts the channel changes are refreshed.
    mutationKey: mutationKey('domains:set-auto-renew'),
    mutationFn: (autoRenew: boolean) => call('domains:set-auto-renew', { id, autoRenew }),
    onMutate: async (autoRenew) => {
      await queryClient.cancelQueries({ queryKey: detailKey });
      const previous = queryClient.getQueryData<DomainDetailData>(detailKey);
      if (previous)
        queryClient.setQueryData<DomainDetailData>(detailKey, {
          ...previous,
          domain: { ...previous.domain, autoRenew }
        });
      return { previous };
    },
    onError: (_error, _autoRenew, context) => {
      if (context?.previous) queryClient.setQueryData(detailKey, context.previous);
    }
  });
}

/** The switch (`role="switch"`), labelled with the domain's name for screen readers. */
export function AutoRenewSwitch({
  id,
  name,
  autoRenew
}: {
  readonly id: string;
  readonly name: string;
  readonly autoRenew: boolean | null;
}) {
  const setAutoRenew = useSetAutoRenew(id);
  const inputId = useId();
  const { t } = useTranslation('domains');
  const on = autoRenew === true;
  return (
    <span className="auto-renew">
      <input
        id={inputId}
        type="checkbox"
        role="switch"
        className="auto-renew__switch"
        checked={on}
        disabled={setAutoRenew.isPending}
        aria-describedby={setAutoRenew.isError ? `${inputId}-error` : undefined}
        onChange={(event) => setAutoRenew.mutate(event.target.checked)}
      />
      <label htmlFor={inputId}>
        {setAutoRenew.isPending
          ? t('autoRenewSwitch.saving')
          : on
            ? t('autoRenewSwitch.on')
            : t('autoRenewSwitch.off')}
        <span className="visually-hidden">{t('autoRenewSwitch.of', { name })}</span>
      </label>
      <span role="status" className="auto-renew__status">
        {setAutoRenew.isError ? (
          <span id={`${inputId}-error`} className="alert-actions__error">
            {t('autoRenewSwitch.notChanged', { reason: errorMessage(setAutoRenew.error) })}
          </span>
        ) : null}
      </span>
    </span>
  );
}
