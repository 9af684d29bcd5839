/** What the JUnit launcher (api/src/test/java/vn/lhh/webapp/WebappE2eTest.java) passes to the e2e run. */
function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the e2e tests through WebappE2eTest (see webapp/README.md)`);
  }
  return value;
}

export const env = {
  get apiUrl() {
    return required('LHH_API_URL').replace(/\/+$/, '');
  },
  get keycloakUrl() {
    return required('LHH_KEYCLOAK_URL')
      .replace(/\/+$/, '')
      .replace(/\/realms\/lhh$/, '');
  },
  own: {
    get id() {
      return required('LHH_E2E_ASSOC_OWN_ID');
    },
    get name() {
      return required('LHH_E2E_ASSOC_OWN_NAME');
    },
  },
  other: {
    get id() {
      return required('LHH_E2E_ASSOC_OTHER_ID');
    },
    get name() {
      return required('LHH_E2E_ASSOC_OTHER_NAME');
    },
  },
};

/** "Hội Khuyến học" → "hoi khuyen hoc": what someone types without Vietnamese accents. */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
