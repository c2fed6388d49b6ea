/** Words the seeded messages are made of: help desk English, so full-text search meets real stems. */
export const WORDS = `
account access activate address admin alert allow android api app application approve archive attach
attachment auth authentication automatic backup balance bank billing blank block bounce broken browser bug
build button cache calendar call cancel card cart certificate change charge chart chat checkout chrome
client close cloud code company configure confirm connect connection contact contract cookie copy corrupt
coupon crash create credit csv customer dashboard data database date deadline decline default delay delete
delivery deny deploy desktop device disable discount disk display dns document domain download drive
duplicate edit email enable encrypt error estimate excel expire export extension fail failure fast feature
fee field file filter firewall firefox fix folder font form format forward free freeze gateway group
guest hang header help history host hosting html import inbox install instance integration internet
invoice invite ip iphone item key keyboard label language laptop late latency layout license limit link
linux list load locale lock log login logout lost mac mail mailbox maintenance manager margin member
memory menu merge message migrate missing mobile monitor month network notification number office offline
online option order outage outlook package page paid password payment pdf pending permission phone plan
plugin policy popup port portal price print printer privacy problem product profile project promo proxy
purchase queue quota quote receipt record recover redirect refund register reinstall reject release
reminder remote renew report request reset resolve restart restore return router safari save schedule
screen search secure security send server service session setting setup share shipping sign signature
slow software spam speed spreadsheet ssl status storage stuck subscription support sync system tablet
tax team template terms theme ticket timeout token trial tracking transfer translate trial update
upgrade upload url user username vat verify version video virus vpn warranty web website widget windows
wifi wireless wrong year zip
`
  .split(/\s+/)
  .filter(Boolean);

export const SUBJECTS = [
  "Cannot log in",
  "Password reset does not arrive",
  "Invoice is wrong",
  "Refund request",
  "Order not delivered",
  "App crashes on start",
  "Question about my plan",
  "Email bounces",
  "Printer offline",
  "VPN connection drops",
  "Upgrade failed",
  "Charged twice",
  "Cannot download the invoice",
  "Sync is stuck",
  "Feature request",
  "Account locked",
  "Slow dashboard",
  "SSL certificate expired",
  "Shipping address change",
  "Cancel my subscription",
];

export const PRODUCTS = [
  "Desk Pro",
  "Desk Lite",
  "Mail Relay",
  "Cloud Drive",
  "Payments",
  "Mobile App",
  "Web Portal",
  "Router X2",
  "Printer 400",
  "Office Suite",
];
