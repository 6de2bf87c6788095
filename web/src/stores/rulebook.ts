// The rulebook in force: which one the UI shows (the first the server lists)
// and its whole model, fetched once and shared by the tree and the full text.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'

import { getRulebook, listRulebooks } from '@/api/rulebook'
import { ApiError, messageOf } from '@/api/client'
import type { Article, Chapter, Rulebook, RulebookSummary } from '@/api/types'

export interface ArticlePlace {
  article: Article
  chapter: Chapter
}

export const useRulebookStore = defineStore('rulebook', () => {
  const summary = shallowRef<RulebookSummary | null>(null)
  const model = shallowRef<Rulebook | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)

  let idPromise: Promise<string> | null = null
  let modelPromise: Promise<Rulebook> | null = null

  /** The id of the rulebook to show; fetched once. */
  function ensureId(): Promise<string> {
    if (!idPromise) {
      idPromise = listRulebooks()
        .then(({ rulebooks }) => {
          const first = rulebooks[0]
          if (!first) throw new ApiError('not_found', '未找到任何规定，请联系管理员导入规定文本', 404)
          summary.value = first
          return first.id
        })
        .catch((e: unknown) => {
          idPromise = null
          throw e
        })
    }
    return idPromise
  }

  /** The whole model; fetched once, retried after a failure. */
  function ensureModel(): Promise<Rulebook> {
    if (!modelPromise) {
      loading.value = true
      error.value = null
      modelPromise = ensureId()
        .then((id) => getRulebook(id))
        .then((rb) => {
          model.value = rb
          return rb
        })
        .catch((e: unknown) => {
          modelPromise = null
          error.value = messageOf(e)
          throw e
        })
        .finally(() => {
          loading.value = false
        })
    }
    return modelPromise
  }

  /** Every article in reading order, with its chapter. */
  const places = computed<ArticlePlace[]>(() => {
    const out: ArticlePlace[] = []
    for (const chapter of model.value?.chapters ?? []) {
      for (const article of chapter.articles) out.push({ article, chapter })
      for (const section of chapter.sections ?? []) {
        for (const article of section.articles) out.push({ article, chapter })
      }
    }
    return out
  })

  return { summary, model, loading, error, ensureId, ensureModel, places }
})
