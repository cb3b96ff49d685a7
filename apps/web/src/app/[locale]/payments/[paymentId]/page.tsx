import { openPatientPage, PatientMain, titleMetadata } from '@/components/page/patient-page';
import { PaymentScreen } from '@/components/payments/payment-screen';

export const generateMetadata = titleMetadata('payment.title');

/** One top-up; also where Paymob's checkout returns (`?result=` is only a hint: the page asks the server). */
export default async function PaymentPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; paymentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, paymentId } = await params;
  const { me } = await openPatientPage(locale);
  const { result } = await searchParams;
  return (
    <PatientMain user={me}>
      <PaymentScreen paymentId={paymentId} returnedWith={result === 'failure' ? 'failure' : null} />
    </PatientMain>
  );
}
