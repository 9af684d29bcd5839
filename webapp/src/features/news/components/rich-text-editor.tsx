import { ActionIcon, Group, Input, Paper, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { tk } from '@/i18n';
import { safeHtml } from '../api/safe-html';

type Command = { id: string; label: string; icon: ReactNode; command: string; argument?: string };

const COMMANDS: Command[] = [
  { id: 'bold', label: tk('news.editor.bold'), icon: <b>B</b>, command: 'bold' },
  { id: 'italic', label: tk('news.editor.italic'), icon: <i>I</i>, command: 'italic' },
  { id: 'h2', label: tk('news.editor.heading'), icon: 'H2', command: 'formatBlock', argument: 'h2' },
  { id: 'h3', label: tk('news.editor.subheading'), icon: 'H3', command: 'formatBlock', argument: 'h3' },
  { id: 'p', label: tk('news.editor.paragraph'), icon: '¶', command: 'formatBlock', argument: 'p' },
  { id: 'ul', label: tk('news.editor.bullets'), icon: '•', command: 'insertUnorderedList' },
  { id: 'ol', label: tk('news.editor.numbers'), icon: '1.', command: 'insertOrderedList' },
  { id: 'quote', label: tk('news.editor.quote'), icon: '❝', command: 'formatBlock', argument: 'blockquote' },
  { id: 'link', label: tk('news.editor.link'), icon: '🔗', command: 'createLink' },
  { id: 'clear', label: tk('news.editor.clear'), icon: '⌫', command: 'removeFormat' },
];

/**
 * A small rich-text editor without a library: an editable area with a toolbar (bold, italic, headings,
 * lists, quote, link, clear formatting) and the HTML source for those who prefer it. Whatever it
 * produces, the API sanitises; what it shows is rebuilt from an allow-list first (safeHtml).
 */
export function RichTextEditor({
  label,
  description,
  value,
  onChange,
  error,
  required,
  testId = 'field-body',
}: {
  label: string;
  description?: string;
  value: string;
  onChange: (html: string) => void;
  error?: string;
  required?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const descriptionId = useId();
  const errorId = useId();
  const [mode, setMode] = useState<'visual' | 'source'>('visual');
  const area = useRef<HTMLDivElement | null>(null);

  const report = () => {
    if (area.current) onChange(area.current.innerHTML);
  };
  const exec = (command: string, argument?: string) => {
    area.current?.focus();
    document.execCommand(command, false, argument);
    report();
  };
  const run = (c: Command) => {
    if (c.command === 'createLink') {
      const url = window.prompt(t('news.editor.linkPrompt'), 'https://');
      if (url && /^(https?:|mailto:)/i.test(url.trim())) exec('createLink', url.trim());
      return;
    }
    exec(c.command, c.argument);
  };

  return (
    <Input.Wrapper
      label={label}
      labelElement="div"
      id={labelId}
      description={description}
      error={error}
      required={required}
      labelProps={{ id: `${labelId}-label` }}
      descriptionProps={{ id: descriptionId }}
      errorProps={{ id: errorId }}
    >
      <Stack gap={6} mt={4}>
        <Group justify="space-between" gap="xs">
          <Group
            gap={4}
            role="toolbar"
            aria-label={t('news.editor.toolbar')}
            aria-controls={mode === 'visual' ? `${labelId}-area` : undefined}
          >
            {COMMANDS.map((c) => (
              <ActionIcon
                key={c.id}
                variant="default"
                size="md"
                aria-label={t(c.label)}
                title={t(c.label)}
                disabled={mode !== 'visual'}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => run(c)}
                data-testid={`editor-${c.id}`}
              >
                {c.icon}
              </ActionIcon>
            ))}
          </Group>
          <SegmentedControl
            size="xs"
            aria-label={t('news.editor.mode')}
            value={mode}
            onChange={(next) => setMode(next as 'visual' | 'source')}
            data={[
              { value: 'visual', label: t('news.editor.visual') },
              { value: 'source', label: t('news.editor.source') },
            ]}
            data-testid="editor-mode"
          />
        </Group>
        {mode === 'visual' ? (
          <Paper
            withBorder
            p="sm"
            mih={220}
            id={`${labelId}-area`}
            ref={(el: HTMLDivElement | null) => {
              // On first display, and coming back from the source view: show the value, rebuilt safely.
              // React leaves the children of this element alone (it renders none).
              if (el && area.current !== el) {
                area.current = el;
                el.innerHTML = safeHtml(value);
              }
            }}
            contentEditable
            suppressContentEditableWarning
            role="textbox"
            aria-multiline="true"
            aria-labelledby={`${labelId}-label`}
            aria-describedby={
              [description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined
            }
            aria-invalid={error ? true : undefined}
            aria-required={required}
            tabIndex={0}
            onInput={report}
            onBlur={report}
            className="post-body"
            style={{ outlineOffset: 2, overflowWrap: 'anywhere' }}
            data-testid={testId}
          />
        ) : (
          <Textarea
            aria-labelledby={`${labelId}-label`}
            value={value}
            onChange={(e) => onChange(e.currentTarget.value)}
            autosize
            minRows={10}
            styles={{ input: { fontFamily: 'monospace' } }}
            data-testid={`${testId}-source`}
          />
        )}
      </Stack>
    </Input.Wrapper>
  );
}
