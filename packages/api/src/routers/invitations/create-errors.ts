import { AppError } from '../../errors/app-error';

export const accountExists = () =>
  new AppError('ACCOUNT_EXISTS', 'This email already has a HealthPay account', {}, [{ path: 'email', message: 'This email already has an account' }]);
