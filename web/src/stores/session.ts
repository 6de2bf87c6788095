// The logged-in user: who it is, the session's CSRF token (sent by the API
// client on every unsafe request), and what the roles allow the UI to show.
// The server still decides every request; this only shapes the UI.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'

import * as access from '@/api/access'
import type { RoleName, User } from '@/api/access'
import { ApiError, setCsrfToken, setUnauthenticatedHandler } from '@/api/client'

export const useSessionStore = defineStore('session', () => {
  const user = shallowRef<User | null>(null)
  const csrf = ref<string | null>(null)
  const expiresAt = ref<string | null>(null)
  /** set when the server ended the session under us (idle, logout elsewhere) */
  const expired = ref(false)
  let loadPromise: Promise<User | null> | null = null

  function adopt(info: access.SessionInfo | null): void {
    user.value = info?.user ?? null
    csrf.value = info?.csrf ?? null
    expiresAt.value = info?.expires_at ?? null
    setCsrfToken(csrf.value)
  }

  function forget(): void {
    adopt(null)
    loadPromise = Promise.resolve(null)
  }

  setUnauthenticatedHandler(() => {
    if (user.value) expired.value = true
    forget()
  })

  /** Asks the server once whether a session is live; null when not. */
  function ensureLoaded(): Promise<User | null> {
    if (!loadPromise) {
      loadPromise = access
        .getSession()
        .then((info) => {
          adopt(info)
          return info.user
        })
        .catch((e: unknown) => {
          if (e instanceof ApiError && (e.status === 401 || e.status === 404)) {
            adopt(null)
            return null
          }
          loadPromise = null
          throw e
        })
    }
    return loadPromise
  }

  async function login(username: string, password: string): Promise<User> {
    return signedIn(await access.login(username, password))
  }

  /** A session opened elsewhere (the first login with an activation code). */
  function signedIn(info: access.SessionInfo): User {
    adopt(info)
    expired.value = false
    loadPromise = Promise.resolve(info.user)
    return info.user
  }

  async function logout(): Promise<void> {
    try {
      await access.logout()
    } finally {
      forget()
    }
  }

  async function logoutAll(): Promise<void> {
    try {
      await access.logoutAll()
    } finally {
      forget()
    }
  }

  // A member off the roll keeps their grants on record, but the lapsed ones count for nothing.
  const roles = computed<string[]>(() => user.value?.roles.filter((r) => !r.lapsed).map((r) => r.role) ?? [])

  function hasAnyRole(wanted: readonly RoleName[]): boolean {
    return roles.value.some((r) => (wanted as readonly string[]).includes(r))
  }

  /** The member this account belongs to, if any (staff accounts have none). */
  const memberId = computed(() => user.value?.member?.id ?? null)

  /** Whether the member is a cadre (党员干部): the cadre kinds' forms show to them only. */
  const isCadre = computed(() => user.value?.member?.cadre === true)

  const displayName = computed(() => user.value?.member?.name ?? user.value?.username ?? '')

  return { user, csrf, expiresAt, expired, ensureLoaded, login, signedIn, logout, logoutAll, roles, hasAnyRole, memberId, isCadre, displayName }
})
