// The plumbing every dialog of the organisation page shares: open and reset,
// a busy flag while the request runs, the server's message on failure, and
// closing on success.
import { ref } from 'vue'

import { messageOf } from '@/api/client'

export function useDialogAction() {
  const open = ref(false)
  const busy = ref(false)
  const error = ref<string | null>(null)

  function show(reset?: () => void): void {
    reset?.()
    error.value = null
    open.value = true
  }

  // Runs `request` unless a check fails first (a message: shown, nothing sent).
  // Resolves true when the request succeeded and the dialog closed.
  async function run(request: () => Promise<unknown>, check?: () => string | null): Promise<boolean> {
    error.value = check?.() ?? null
    if (error.value) return false
    busy.value = true
    try {
      await request()
      open.value = false
      return true
    } catch (e) {
      error.value = messageOf(e)
      return false
    } finally {
      busy.value = false
    }
  }

  return { open, busy, error, show, run }
}
