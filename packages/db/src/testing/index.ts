export { demoMedCards, demoPharmacies, demoUsers, demoWallets } from '../seed/demo-data';
