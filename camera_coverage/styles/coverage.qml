<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="AllStyleCategories" simplifyMaxScale="1" symbologyReferenceScale="-1" minScale="100000000" simplifyDrawingHints="1" labelsEnabled="0" simplifyAlgorithm="0" simplifyDrawingTol="1" maxScale="0" simplifyLocal="1" readOnly="0" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal startField="" endExpression="" accumulate="0" fixedDuration="0" enabled="0" startExpression="" limitMode="0" endField="" durationField="" durationUnit="min" mode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 forceraster="0" symbollevels="0" type="RuleRenderer" enableorderby="0" referencescale="-1">
    <rules key="{7933667c-751b-4327-a43b-dc230a10d4db}">
      <rule symbol="0" label="View, masking required" filter="&quot;masking_required&quot;" key="{be722163-3ed9-4662-8225-fde2ea08eb2c}"/>
      <rule symbol="1" label="View, no masking required" filter="ELSE" key="{69b2ee9e-1452-4184-bc45-10253c5ee9ef}"/>
    </rules>
    <symbols>
      <symbol type="fill" alpha="0.25" clip_to_extent="1" force_rhr="0" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="197,27,27,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="197,27,27,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.4" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="197,27,27,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="197,27,27,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" alpha="0.2" clip_to_extent="1" force_rhr="0" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="31,95,168,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="31,95,168,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.3" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="31,95,168,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="31,95,168,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.3" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="covered_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="public_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="private_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="unknown_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="private_pct">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="private_ident_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="private_recog_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="private_observ_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="private_detect_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="private_operator_public_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="dwelling_facade_m">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="covered_m2" name=""/>
    <alias index="1" field="public_m2" name=""/>
    <alias index="2" field="private_m2" name=""/>
    <alias index="3" field="unknown_m2" name=""/>
    <alias index="4" field="private_pct" name=""/>
    <alias index="5" field="private_ident_m2" name=""/>
    <alias index="6" field="private_recog_m2" name=""/>
    <alias index="7" field="private_observ_m2" name=""/>
    <alias index="8" field="private_detect_m2" name=""/>
    <alias index="9" field="private_operator_public_m2" name=""/>
    <alias index="10" field="dwelling_facade_m" name=""/>
  </aliases>
  <defaults>
    <default expression="" field="covered_m2" applyOnUpdate="0"/>
    <default expression="" field="public_m2" applyOnUpdate="0"/>
    <default expression="" field="private_m2" applyOnUpdate="0"/>
    <default expression="" field="unknown_m2" applyOnUpdate="0"/>
    <default expression="" field="private_pct" applyOnUpdate="0"/>
    <default expression="" field="private_ident_m2" applyOnUpdate="0"/>
    <default expression="" field="private_recog_m2" applyOnUpdate="0"/>
    <default expression="" field="private_observ_m2" applyOnUpdate="0"/>
    <default expression="" field="private_detect_m2" applyOnUpdate="0"/>
    <default expression="" field="private_operator_public_m2" applyOnUpdate="0"/>
    <default expression="" field="dwelling_facade_m" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" constraints="0" field="covered_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="public_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="private_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="unknown_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="private_pct" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="private_ident_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="private_recog_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="private_observ_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="private_detect_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="private_operator_public_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="dwelling_facade_m" exp_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="covered_m2" exp="" desc=""/>
    <constraint field="public_m2" exp="" desc=""/>
    <constraint field="private_m2" exp="" desc=""/>
    <constraint field="unknown_m2" exp="" desc=""/>
    <constraint field="private_pct" exp="" desc=""/>
    <constraint field="private_ident_m2" exp="" desc=""/>
    <constraint field="private_recog_m2" exp="" desc=""/>
    <constraint field="private_observ_m2" exp="" desc=""/>
    <constraint field="private_detect_m2" exp="" desc=""/>
    <constraint field="private_operator_public_m2" exp="" desc=""/>
    <constraint field="dwelling_facade_m" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" actionWidgetStyle="dropDown" sortExpression="">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
