export { demoPharmacies, demoUsers, demoWallets } from '../seed/demo-data';
