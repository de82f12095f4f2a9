/**
 * Builds the model from a tree that passed every check, filling in what the file leaves implicit:
 * numbers, refs, each topic's section, expanded requirements and the defaults of optional keys.
 */

import { scalarValue, type OutlineResource, type OutlineSection, type OutlineTopic } from './outline.js';
import { requiredTopicIds, type IdIndex } from './requirements.js';
import type { Curriculum, Resource, ResourceKind, Section, Topic } from './types.js';
import type { YMap } from './yamlTree.js';

export function buildCurriculum(root: YMap, sections: OutlineSection[], index: IdIndex): Curriculum {
  const language = optionalText(root, 'language');
  const description = optionalText(root, 'description');
  return {
    schema: 1,
    id: text(root, 'id'),
    title: text(root, 'title'),
    ...(language !== undefined && { language }),
    ...(description !== undefined && { description }),
    sections: sections.map((section, i) => buildSection(section, String(i + 1), index)),
  };
}

function buildSection(section: OutlineSection, number: string, index: IdIndex): Section {
  const id = section.id?.value ?? '';
  const summary = optionalText(section.node, 'summary');
  return {
    id,
    number,
    title: text(section.node, 'title'),
    ...(summary !== undefined && { summary }),
    topics: section.topics.map((topic, i) => buildTopic(topic, `${number}.${i + 1}`, id, index)),
  };
}

function buildTopic(topic: OutlineTopic, number: string, sectionId: string, index: IdIndex): Topic {
  const id = topic.id?.value ?? '';
  const summary = optionalText(topic.node, 'summary');
  return {
    id,
    number,
    title: text(topic.node, 'title'),
    ...(summary !== undefined && { summary }),
    section: sectionId,
    requires: topic.requires.map((entry) => entry.value),
    requiredTopics: requiredTopicIds(topic, index),
    optional: topic.optional,
    aliases: topic.aliases.map((alias) => alias.value),
    resources: topic.resources.map((resource, i) => buildResource(resource, `${number}.${i + 1}`, id)),
  };
}

function buildResource(resource: OutlineResource, number: string, topicId: string): Resource {
  const id = resource.id?.value ?? '';
  const kind = scalarValue(resource.node, 'kind');
  const minutes = scalarValue(resource.node, 'minutes');
  return {
    id,
    ref: `${topicId}/${id}`,
    number,
    title: text(resource.node, 'title'),
    url: resource.url?.value ?? '',
    ...(typeof kind === 'string' && { kind: kind as ResourceKind }),
    optional: scalarValue(resource.node, 'optional') === true,
    ...(typeof minutes === 'number' && { minutes }),
    aliases: resource.aliases.map((alias) => alias.value),
  };
}

function text(map: YMap, key: string): string {
  const value = scalarValue(map, key);
  return typeof value === 'string' ? value : '';
}

/** Absent and `key:` with no value both mean "not given". */
function optionalText(map: YMap, key: string): string | undefined {
  const value = scalarValue(map, key);
  return typeof value === 'string' ? value : undefined;
}
