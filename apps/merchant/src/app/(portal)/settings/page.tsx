import { Card, DefinitionList, PageHeading } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { myPharmacy } from '@/server/my-pharmacy';
import { requirePharmacist } from '@/server/session';
import { titleMetadata } from '@/components/page/title-metadata';

export const generateMetadata = titleMetadata('portal.settings');

export default async function SettingsPage() {
  const me = await requirePharmacist();
  const pharmacy = me.pharmacy;
  const [status, tStatus, t] = await Promise.all([
    myPharmacy().then((p) => p?.status ?? null),
    getTranslations('pharmacyStatus'),
    getTranslations('portal.settings'),
  ]);
  return (
    <div className="space-y-4">
      <PageHeading title={t('title')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Card title={t('pharmacy')} titleId="pharmacy-heading">
          {pharmacy ? (
            <DefinitionList
              items={[
                { key: 'nameEn', term: t('nameEn'), value: <bdi>{pharmacy.name}</bdi> },
                { key: 'nameAr', term: t('nameAr'), value: <span lang="ar" dir="rtl">{pharmacy.nameAr}</span> },
                { key: 'city', term: t('city'), value: <bdi>{pharmacy.city}</bdi> },
                ...(status ? [{ key: 'status', term: tStatus('statusLabel'), value: tStatus(`status.${status}`) }] : []),
                { key: 'id', term: t('pharmacyId'), value: <bdi className="font-mono text-xs">{pharmacy.id}</bdi> },
              ]}
            />
          ) : (
            <p className="text-sm text-slate-600">{t('noPharmacy')}</p>
          )}
        </Card>
        <Card title={t('account')} titleId="account-heading">
          <DefinitionList
            items={[
              { key: 'name', term: t('name'), value: <bdi>{me.name}</bdi> },
              { key: 'email', term: t('email'), value: <bdi>{me.email ?? '—'}</bdi> },
              { key: 'role', term: t('role'), value: me.pharmacyRole === 'manager' ? t('manager') : t('pharmacist') },
            ]}
          />
        </Card>
      </div>
      <p className="text-sm text-slate-600">{t('contact')}</p>
    </div>
  );
}
